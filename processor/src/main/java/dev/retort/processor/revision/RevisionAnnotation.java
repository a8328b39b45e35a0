package dev.retort.processor.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Revision} annotation of a class, read as a mirror: its id and parents, and the annotation values that
 * messages point at, so that an error about a parent is shown on that parent in the source.
 */
public record RevisionAnnotation(AnnotationMirror mirror, String id, AnnotationValue idValue, List<String> parents,
        List<AnnotationValue> parentValues) {

    public static final String NAME = "dev.retort.annotations.Revision";

    public RevisionAnnotation {
        parents = List.copyOf(parents);
        parentValues = List.copyOf(parentValues);
    }

    /** The annotation of {@code type}; empty when it has none. */
    public static Optional<RevisionAnnotation> of(TypeElement type, Elements elements) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(NAME)) {
                return Optional.of(read(mirror, elements));
            }
        }
        return Optional.empty();
    }

    private static RevisionAnnotation read(AnnotationMirror mirror, Elements elements) {
        String id = "";
        AnnotationValue idValue = null;
        List<String> parents = new ArrayList<>();
        List<AnnotationValue> parentValues = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> attribute
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            String name = attribute.getKey().getSimpleName().toString();
            // A value javac could not resolve is not a String (javac reports it); such a value is left out.
            if (name.equals("id") && attribute.getValue().getValue() instanceof String text) {
                idValue = attribute.getValue();
                id = text;
            } else if (name.equals("parents") && attribute.getValue().getValue() instanceof List<?> values) {
                for (Object parent : values) {
                    if (parent instanceof AnnotationValue value && value.getValue() instanceof String text) {
                        parents.add(text);
                        parentValues.add(value);
                    }
                }
            }
        }
        return new RevisionAnnotation(mirror, id, idValue, parents, parentValues);
    }
}
