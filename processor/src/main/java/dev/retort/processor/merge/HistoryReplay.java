package dev.retort.processor.merge;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.processor.revision.KnownRevisions.Known;
import dev.retort.schema.Schema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Runs the {@code upgrade} of every revision through {@link Operations}, parents and dependencies first, as the runtime
 * does when it rebuilds the schema of a database: the result is the schema a database gets from applying them all.
 */
final class HistoryReplay {

    private HistoryReplay() {}

    /**
     * @param revisions a sound graph (the graph check passed): ids unique, parents and dependencies known, no cycle
     * @param classes the compiled revisions, by binary name
     */
    static Schema replay(Collection<Known> revisions, Map<String, byte[]> classes) throws ReplayException {
        ClassLoader loader = new BytesClassLoader(classes, HistoryReplay.class.getClassLoader());
        Schema schema = Schema.EMPTY;
        for (Known revision : inOrder(revisions)) {
            Migration migration = instantiate(revision, loader);
            Operations operations = new Operations(schema);
            try {
                migration.upgrade(operations);
            } catch (RuntimeException | LinkageError e) {
                throw new ReplayException("the upgrade of revision " + revision.describe() + " fails when it runs "
                        + "after the revisions before it, in the order a database applies them: " + e.getMessage()
                        + " (do the two branches change the same table in ways that conflict?)", e);
            }
            schema = operations.schema();
        }
        return schema;
    }

    /**
     * The runtime's order: Kahn's algorithm, taking the smallest class name (then id) among the revisions whose
     * parents and dependencies are all placed. The order decides where added columns go, so it must be the one
     * databases see.
     */
    static List<Known> inOrder(Collection<Known> revisions) {
        Map<String, Integer> unplaced = new HashMap<>();
        Map<String, List<Known>> after = new HashMap<>();
        PriorityQueue<Known> ready =
                new PriorityQueue<>(Comparator.comparing(Known::className).thenComparing(Known::id));
        for (Known revision : revisions) {
            List<String> before = new ArrayList<>(revision.parents());
            before.addAll(revision.dependsOn());
            unplaced.put(revision.id(), before.size());
            for (String earlier : before) {
                after.computeIfAbsent(earlier, p -> new ArrayList<>()).add(revision);
            }
            if (before.isEmpty()) {
                ready.add(revision);
            }
        }
        List<Known> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Known revision = ready.poll();
            order.add(revision);
            for (Known later : after.getOrDefault(revision.id(), List.of())) {
                if (unplaced.merge(later.id(), -1, Integer::sum) == 0) {
                    ready.add(later);
                }
            }
        }
        return order;
    }

    private static Migration instantiate(Known revision, ClassLoader loader) throws ReplayException {
        String where = "revision " + revision.describe();
        try {
            Class<?> type = Class.forName(revision.className(), true, loader);
            if (!Migration.class.isAssignableFrom(type)) {
                throw new ReplayException(where + " does not implement " + Migration.class.getName());
            }
            if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
                throw new ReplayException(where + " must be a public, concrete class");
            }
            return (Migration) type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new ReplayException(where + " could not be created: its constructor threw " + e.getCause(), e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ReplayException(where + " could not be loaded to replay it: " + e, e);
        }
    }

    /** Defines the compiled revisions itself, before asking its parent, which holds Retort's classes. */
    private static final class BytesClassLoader extends ClassLoader {

        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && classes.containsKey(name)) {
                    byte[] bytes = classes.get(name);
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (loaded == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
