package dev.retort.processor.revision;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Revision} classes of the module: those of this compilation, gathered over all rounds, and those the
 * revision index of the previous build lists that still exist. A build that compiles only some files knows all
 * revisions so: where they are, which are the heads, and what the new index must list.
 */
public final class KnownRevisions {

    public static final String ANNOTATION = RevisionAnnotation.NAME;

    /**
     * One revision class.
     *
     * @param branchLabels the labels it declares (not those it inherits)
     * @param compiled whether its source is part of this compilation; otherwise it was read from a class file
     * @param transactional what its {@code @Revision} says
     * @param fingerprint its source's fingerprint ({@link RevisionFingerprint}) for the index; null when it has none
     */
    public record Known(String className, String id, List<String> parents, List<String> dependsOn,
            List<String> branchLabels, boolean compiled, boolean transactional, String fingerprint) {

        public Known {
            parents = List.copyOf(parents);
            dependsOn = List.copyOf(dependsOn);
            branchLabels = List.copyOf(branchLabels);
        }

        /** A transactional revision without fingerprint. */
        public Known(String className, String id, List<String> parents, List<String> dependsOn,
                List<String> branchLabels, boolean compiled) {
            this(className, id, parents, dependsOn, branchLabels, compiled, true, null);
        }

        /** The same revision under another class name (a nested class's binary name). */
        public Known named(String otherClassName) {
            return new Known(otherClassName, id, parents, dependsOn, branchLabels, compiled, transactional,
                    fingerprint);
        }

        /** The id and the class, as messages name a revision: {@code 3fa9c1 (com.example.V20240101_Fees)}. */
        public String describe() {
            return id + " (" + className + ")";
        }
    }

    private final Map<String, Known> byClassName = new TreeMap<>();

    /**
     * Adds the {@code @Revision} classes among the elements of a round of this compilation, each with the fingerprint
     * of its source.
     */
    public void add(Set<? extends Element> annotated, ProcessingEnvironment env) {
        for (Element element : annotated) {
            if (element instanceof TypeElement type) {
                read(type, env.getElementUtils(), true,
                        RevisionFingerprint.of(type, env).orElse(null))
                        .ifPresent(known -> byClassName.put(known.className(), known));
            }
        }
    }

    /**
     * Adds the classes a previous build's index lists that still exist and are still revisions: a class that is gone
     * (its source was deleted and the classes directory cleaned) is left out. Such a class was not compiled again, so
     * the fingerprint that index gives it still describes it.
     *
     * @param fingerprints the fingerprint the previous index gives each class that has one, by class name
     */
    public void addListed(Collection<String> classNames, Map<String, String> fingerprints, Elements elements) {
        for (String className : classNames) {
            if (byClassName.containsKey(className)) {
                continue;
            }
            TypeElement type = elements.getTypeElement(className);
            if (type != null) {
                read(type, elements, false, fingerprints.get(className))
                        .ifPresent(known -> byClassName.put(known.className(), known));
            }
        }
    }

    /** The ids of the listed classes that exist and are revisions, without adding them. */
    public static Set<String> idsOf(Collection<String> classNames, Elements elements) {
        Set<String> ids = new HashSet<>();
        for (String className : classNames) {
            TypeElement type = elements.getTypeElement(className);
            if (type != null) {
                RevisionAnnotation.of(type, elements).ifPresent(annotation -> ids.add(annotation.id()));
            }
        }
        return ids;
    }

    public boolean isEmpty() {
        return byClassName.isEmpty();
    }

    /** Every revision, by class name. */
    public Collection<Known> all() {
        return List.copyOf(byClassName.values());
    }

    /** The qualified names of the revision classes, sorted. */
    public SortedSet<String> classNames() {
        return new TreeSet<>(byClassName.keySet());
    }

    /**
     * The ids that no other revision names as a parent: the newest revision of each branch, where the next revision of
     * that branch may follow. Alembic calls them heads; a tip that another branch depends on is one.
     */
    public SortedSet<String> tips() {
        Set<String> parents = parents();
        SortedSet<String> tips = new TreeSet<>();
        byClassName.values().stream().map(Known::id).filter(id -> !parents.contains(id)).forEach(tips::add);
        return tips;
    }

    /**
     * The runtime's heads: the tips that no revision depends on either. {@code upgrade head} needs exactly one; a tip
     * that another branch depends on is reached through its dependent.
     */
    public SortedSet<String> heads() {
        Set<String> dependencies = new HashSet<>();
        byClassName.values().forEach(known -> dependencies.addAll(known.dependsOn()));
        SortedSet<String> heads = tips();
        heads.removeAll(dependencies);
        return heads;
    }

    /** The revisions whose id is one of {@code ids}, by class name. */
    public List<Known> withIds(Collection<String> ids) {
        return byClassName.values().stream().filter(known -> ids.contains(known.id())).toList();
    }

    /**
     * The package new revisions go to when no option names one: {@code preferred} when revisions are there already
     * or there are none at all, else the package of the heads (the first head class by name), else of any revision.
     */
    public String packageOr(String preferred) {
        SortedSet<String> packages = new TreeSet<>();
        byClassName.keySet().forEach(className -> packages.add(packageOf(className)));
        if (packages.isEmpty() || packages.contains(preferred)) {
            return preferred;
        }
        Set<String> parents = parents();
        return byClassName.entrySet().stream()
                .filter(entry -> !parents.contains(entry.getValue().id()))
                .map(entry -> packageOf(entry.getKey()))
                .findFirst()
                .orElse(packages.first());
    }

    /** Where the known revisions come from, as messages say it. */
    public enum Origin {
        COMPILATION("this compilation", "has"),
        PREVIOUS_BUILD("the previous build", "has"),
        BOTH("this compilation and the previous build", "have");

        private final String text;
        private final String has;

        Origin(String text, String has) {
            this.text = text;
            this.has = has;
        }

        /** {@code this compilation has}, {@code this compilation and the previous build have} */
        public String has() {
            return text + " " + has;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    public Origin origin() {
        boolean compiled = byClassName.values().stream().anyMatch(Known::compiled);
        boolean listed = byClassName.values().stream().anyMatch(known -> !known.compiled());
        return compiled && listed ? Origin.BOTH : listed ? Origin.PREVIOUS_BUILD : Origin.COMPILATION;
    }

    private Set<String> parents() {
        Set<String> parents = new HashSet<>();
        byClassName.values().forEach(known -> parents.addAll(known.parents()));
        return parents;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** What {@code type}'s {@code @Revision} declares; empty when it has none. */
    private static Optional<Known> read(TypeElement type, Elements elements, boolean compiled, String fingerprint) {
        return RevisionAnnotation.of(type, elements).map(annotation -> new Known(
                type.getQualifiedName().toString(), annotation.id(), annotation.parents().values(),
                annotation.dependsOn().values(), annotation.branchLabels().values(), compiled,
                annotation.transactional(), fingerprint));
    }
}
