package dev.retort.processor.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The {@code @Revision} classes of this compilation, gathered over all rounds. */
public final class KnownRevisions {

    public static final String ANNOTATION = "dev.retort.annotations.Revision";

    private record Known(String id, List<String> parents) {}

    private final Map<String, Known> byClassName = new TreeMap<>();

    public void add(Set<? extends Element> annotated, Elements elements) {
        for (Element element : annotated) {
            if (element instanceof TypeElement type) {
                for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
                    if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                            .contentEquals(ANNOTATION)) {
                        byClassName.put(type.getQualifiedName().toString(), read(mirror, elements));
                    }
                }
            }
        }
    }

    public boolean isEmpty() {
        return byClassName.isEmpty();
    }

    /** The qualified names of the revision classes, sorted. */
    public SortedSet<String> classNames() {
        return new TreeSet<>(byClassName.keySet());
    }

    /** The ids that no other revision names as a parent: the newest revision of each branch. */
    public SortedSet<String> heads() {
        Set<String> parents = new HashSet<>();
        byClassName.values().forEach(known -> parents.addAll(known.parents()));
        SortedSet<String> heads = new TreeSet<>();
        byClassName.values().stream().map(Known::id).filter(id -> !parents.contains(id)).forEach(heads::add);
        return heads;
    }

    private static Known read(AnnotationMirror mirror, Elements elements) {
        String id = "";
        List<String> parents = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> attribute
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            String name = attribute.getKey().getSimpleName().toString();
            if (name.equals("id")) {
                id = (String) attribute.getValue().getValue();
            } else if (name.equals("parents")) {
                for (Object parent : (List<?>) attribute.getValue().getValue()) {
                    parents.add((String) ((AnnotationValue) parent).getValue());
                }
            }
        }
        return new Known(id, parents);
    }
}
