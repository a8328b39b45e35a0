package dev.retort.testkit;

import dev.retort.Migration;
import java.util.List;

/** Finds a revision class by name where the runtime finds it: in the list given to the kit, or by class loader. */
final class RevisionClasses {

    /** Null: look the classes up with {@link #loader}. */
    private final List<Class<? extends Migration>> given;
    /** Null: the thread's context class loader, as the runtime uses. */
    private final ClassLoader loader;

    RevisionClasses(List<Class<? extends Migration>> given, ClassLoader loader) {
        this.given = given;
        this.loader = loader;
    }

    Class<?> load(String className) {
        if (given != null) {
            return given.stream()
                    .filter(type -> type.getName().equals(className))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("revision class " + className + " is not among "
                            + "those given to withRevisions"));
        }
        ClassLoader effective = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        if (effective == null) {
            effective = RevisionClasses.class.getClassLoader();
        }
        try {
            return Class.forName(className, true, effective);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load revision class " + className + ": " + e, e);
        }
    }
}
