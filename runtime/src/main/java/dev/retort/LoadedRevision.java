package dev.retort;

import dev.retort.annotations.Revision;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision class, checked and instantiated: what its {@link Revision} declares, and the migration to record. A
 * revision only described by the index ({@link RevisionIndex}) has no migration and no message: it serves to decide
 * that there is nothing to do, never to record or run anything.
 *
 * @param branchLabels the labels the class declares (not those it inherits from revisions before it)
 * @param migration null for a revision the index describes and no one loaded
 * @param fingerprint what the index says of the class's source ({@link Fingerprint}); null when it says nothing
 */
record LoadedRevision(String id, List<String> parents, List<String> dependsOn, List<String> branchLabels,
        boolean transactional, String message, String className, Migration migration, String fingerprint) {

    /** Ids fit the version table's varchar(32) and cannot be mistaken for a target such as {@code +1}. */
    private static final int ID_LENGTH = 32;

    /** Labels cannot hold the characters that targets use: {@code @}, {@code +}, {@code -}, {@code :}. */
    private static final int LABEL_LENGTH = 64;

    private static final Set<String> TARGET_WORDS = Set.of("head", "heads", "base", "current");

    LoadedRevision {
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        requireId(id, "its id", className);
        Set<String> seen = new HashSet<>();
        for (String parent : parents) {
            requireId(parent, "parent id", className);
            if (!seen.add(parent)) {
                throw new RetortException("revision " + id + " (" + className + ") names parent " + parent + " twice");
            }
        }
        for (String dependency : dependsOn) {
            requireId(dependency, "dependency id", className);
            if (!seen.add(dependency)) {
                throw new RetortException("revision " + id + " (" + className + ") names " + dependency
                        + (parents.contains(dependency) ? " both as a parent and as a dependency" : " twice"));
            }
        }
        Set<String> labels = new HashSet<>();
        for (String label : branchLabels) {
            if (!isWord(label, LABEL_LENGTH) || TARGET_WORDS.contains(label)) {
                throw new RetortException("revision class " + className + " declares the branch label '" + label
                        + "'; a label is 1 to 64 letters, digits or underscores, and not head, heads, base or"
                        + " current");
            }
            if (!labels.add(label)) {
                throw new RetortException("revision " + id + " (" + className + ") declares branch label " + label
                        + " twice");
            }
        }
    }

    /** A transactional revision without dependencies or branch labels. */
    LoadedRevision(String id, List<String> parents, String message, String className, Migration migration) {
        this(id, parents, List.of(), List.of(), true, message, className, migration, null);
    }

    /** A revision without fingerprint. */
    LoadedRevision(String id, List<String> parents, List<String> dependsOn, List<String> branchLabels,
            boolean transactional, String message, String className, Migration migration) {
        this(id, parents, dependsOn, branchLabels, transactional, message, className, migration, null);
    }

    LoadedRevision withFingerprint(String newFingerprint) {
        return new LoadedRevision(id, parents, dependsOn, branchLabels, transactional, message, className, migration,
                newFingerprint);
    }

    /** Whether {@code other} declares the same id, links, labels and transactional flag. */
    boolean declaresAs(LoadedRevision other) {
        return id.equals(other.id) && parents.equals(other.parents) && dependsOn.equals(other.dependsOn)
                && branchLabels.equals(other.branchLabels) && transactional == other.transactional
                && className.equals(other.className);
    }

    /**
     * Checks and instantiates a revision class.
     *
     * @param origin where the class was named, for messages: a resource, or the explicit list of revisions
     */
    static LoadedRevision load(Class<?> type, String origin) {
        String where = "revision class " + type.getName() + " (" + origin + ")";
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new RetortException(where + " is not annotated @" + Revision.class.getName());
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new RetortException(where + " does not implement " + Migration.class.getName());
        }
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            throw new RetortException(where + " must be a public, concrete class");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new RetortException(where + " has no public constructor without arguments", e);
        }
        Migration migration;
        try {
            migration = (Migration) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new RetortException(where + " could not be created: its constructor threw " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new RetortException(where + " could not be created: " + e, e);
        }
        return new LoadedRevision(revision.id(), List.of(revision.parents()), List.of(revision.dependsOn()),
                List.of(revision.branchLabels()), revision.transactional(), revision.message(), type.getName(),
                migration);
    }

    /** The id and the class, the way messages name a revision: {@code 3fa9c1 (com.example.V20240101_3fa9c1)}. */
    String describe() {
        return id + " (" + className + ")";
    }

    /** Whether {@code text} is 1 to {@code maxLength} ASCII letters, digits or underscores. */
    private static boolean isWord(String text, int maxLength) {
        if (text == null || text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static void requireId(String id, String what, String className) {
        if (!isWord(id, ID_LENGTH) || TARGET_WORDS.contains(id)) {
            throw new RetortException("revision class " + className + " declares " + what + " '" + id
                    + "'; an id is 1 to 32 letters, digits or underscores, and not head, heads, base or current");
        }
    }
}
