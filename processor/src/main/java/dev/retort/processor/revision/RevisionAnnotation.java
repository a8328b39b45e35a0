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
 * The {@code @Revision} annotation of a class, read as a mirror: its id, parents, dependencies and branch labels, and
 * the annotation values that messages point at, so that an error about a parent is shown on that parent in the source.
 */
public record RevisionAnnotation(AnnotationMirror mirror, String id, AnnotationValue idValue, Names parents,
        Names dependsOn, Names branchLabels, boolean transactional) {

    public static final String NAME = "dev.retort.annotations.Revision";

    /** The strings of an array attribute, each with the value to point at. */
    public record Names(List<String> values, List<AnnotationValue> annotationValues) {

        static final Names NONE = new Names(List.of(), List.of());

        public Names {
            values = List.copyOf(values);
            annotationValues = List.copyOf(annotationValues);
        }

        public int size() {
            return values.size();
        }

        public String get(int index) {
            return values.get(index);
        }

        public AnnotationValue valueAt(int index) {
            return annotationValues.get(index);
        }
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
        Names parents = Names.NONE;
        Names dependsOn = Names.NONE;
        Names branchLabels = Names.NONE;
        boolean transactional = true;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> attribute
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            String name = attribute.getKey().getSimpleName().toString();
            // A value javac could not resolve is not a String (javac reports it); such a value is left out.
            switch (name) {
                case "id" -> {
                    if (attribute.getValue().getValue() instanceof String text) {
                        idValue = attribute.getValue();
                        id = text;
                    }
                }
                case "parents" -> parents = names(attribute.getValue());
                case "dependsOn" -> dependsOn = names(attribute.getValue());
                case "branchLabels" -> branchLabels = names(attribute.getValue());
                case "transactional" -> transactional = !Boolean.FALSE.equals(attribute.getValue().getValue());
                default -> {
                    // message: nothing to check at compile time
                }
            }
        }
        return new RevisionAnnotation(mirror, id, idValue, parents, dependsOn, branchLabels, transactional);
    }

    private static Names names(AnnotationValue array) {
        List<String> values = new ArrayList<>();
        List<AnnotationValue> annotationValues = new ArrayList<>();
        if (array.getValue() instanceof List<?> elements) {
            for (Object element : elements) {
                if (element instanceof AnnotationValue value && value.getValue() instanceof String text) {
                    values.add(text);
                    annotationValues.add(value);
                }
            }
        }
        return new Names(values, annotationValues);
    }
}
