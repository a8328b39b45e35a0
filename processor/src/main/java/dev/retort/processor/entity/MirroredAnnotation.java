package dev.retort.processor.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** An annotation on an element, read through its mirror: attribute values with defaults, and where they were set. */
final class MirroredAnnotation {

    private final AnnotationMirror mirror;
    private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

    private MirroredAnnotation(AnnotationMirror mirror, Elements elements) {
        this.mirror = mirror;
        this.values = elements.getElementValuesWithDefaults(mirror);
    }

    static Optional<MirroredAnnotation> find(Element element, String qualifiedName, Elements elements) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> qualifiedName(mirror).equals(qualifiedName))
                .findFirst()
                .map(mirror -> new MirroredAnnotation(mirror, elements));
    }

    static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    /** {@code @Column} */
    String displayName() {
        return "@" + mirror.getAnnotationType().asElement().getSimpleName();
    }

    /** Whether the annotation type has attribute {@code name} ({@code @MapKeyColumn} has no {@code comment}, say). */
    boolean has(String name) {
        return values.keySet().stream().anyMatch(attribute -> attribute.getSimpleName().contentEquals(name));
    }

    /** The value of attribute {@code name}, as written or its default. */
    AnnotationValue value(String name) {
        return values.entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(displayName() + " has no attribute " + name))
                .getValue();
    }

    /** The value of attribute {@code name} as written in the source; null when it was left at its default. */
    AnnotationValue written(String name) {
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    String string(String name) {
        return (String) value(name).getValue();
    }

    int integer(String name) {
        return (Integer) value(name).getValue();
    }

    boolean bool(String name) {
        return (Boolean) value(name).getValue();
    }

    /** The simple name of an enum constant attribute, e.g. {@code IDENTITY}. */
    String enumConstant(String name) {
        return ((VariableElement) value(name).getValue()).getSimpleName().toString();
    }

    List<String> strings(String name) {
        return list(name).stream().map(v -> (String) v.getValue()).toList();
    }

    /** The annotation that attribute {@code name} holds, e.g. the {@code @Column} of an {@code @AttributeOverride}. */
    MirroredAnnotation annotation(String name, Elements elements) {
        return new MirroredAnnotation((AnnotationMirror) value(name).getValue(), elements);
    }

    List<MirroredAnnotation> annotations(String name, Elements elements) {
        return list(name).stream().map(v -> new MirroredAnnotation((AnnotationMirror) v.getValue(), elements)).toList();
    }

    /**
     * The attributes, other than {@code allowed}, that the user set to something else than their default, in
     * declaration order: these have an effect Retort does not model.
     */
    List<String> attributesSetExcept(Set<String> allowed) {
        List<String> set = new ArrayList<>();
        mirror.getElementValues().forEach((attribute, value) -> {
            String name = attribute.getSimpleName().toString();
            if (!allowed.contains(name) && !isDefault(attribute, value)) {
                set.add(name);
            }
        });
        return set;
    }

    private static boolean isDefault(ExecutableElement attribute, AnnotationValue value) {
        AnnotationValue defaultValue = attribute.getDefaultValue();
        if (defaultValue == null) {
            return false;
        }
        if (value.getValue() instanceof List<?> list && defaultValue.getValue() instanceof List<?> defaults) {
            return list.isEmpty() && defaults.isEmpty();
        }
        if (value.getValue() instanceof VariableElement constant
                && defaultValue.getValue() instanceof VariableElement defaultConstant) {
            return constant.getSimpleName().contentEquals(defaultConstant.getSimpleName());
        }
        return value.getValue().equals(defaultValue.getValue());
    }

    @SuppressWarnings("unchecked")
    private List<? extends AnnotationValue> list(String name) {
        return (List<? extends AnnotationValue>) value(name).getValue();
    }
}
