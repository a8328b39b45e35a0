package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The converters Hibernate applies without a {@code @Convert}: the classes annotated
 * {@code @Converter(autoApply = true)}. One applies to every basic attribute, collection element and map key whose
 * type is its attribute-side type {@code X} or a subtype of it (a primitive counts as its wrapper; type arguments, when
 * {@code X} has some, must match too), except ids, versions and values with {@code @Enumerated} or {@code @Temporal},
 * as Jakarta Persistence says, and except where {@code @Convert(disableConversion = true)} turns it off.
 */
public final class AutoAppliedConverters {

    public static final AutoAppliedConverters NONE = new AutoAppliedConverters(List.of());

    private final List<Converter> converters;

    private record Converter(TypeElement type, TypeMirror attributeType) {}

    private AutoAppliedConverters(List<Converter> converters) {
        this.converters = converters;
    }

    /**
     * The converters among {@code candidates} that are {@code @Converter(autoApply = true)}; one whose types cannot be
     * told is an error on it.
     */
    public static AutoAppliedConverters of(Collection<TypeElement> candidates, Elements elements, Types types,
            Reporter reporter) {
        List<Converter> converters = new ArrayList<>();
        for (TypeElement candidate : candidates) {
            Optional<MirroredAnnotation> converter = MirroredAnnotation.find(candidate, Jpa.CONVERTER, elements);
            if (converter.isEmpty() || !converter.get().bool("autoApply")) {
                continue;
            }
            Optional<TypeMirror> attributeType = Converters.attributeType(candidate.asType(), elements, types);
            if (attributeType.isEmpty() || Converters.databaseType(candidate.asType(), elements, types).isEmpty()) {
                reporter.report(candidate, converter.get().mirror(), null, Message.INVALID_MAPPING,
                        candidate.getQualifiedName(), "@Converter(autoApply = true) needs an AttributeConverter<X, Y>"
                                + " whose X and Y are classes (or X an array), to tell which attributes it converts");
                continue;
            }
            converters.add(new Converter(candidate, attributeType.get()));
        }
        converters.sort(Comparator.comparing(converter -> converter.type().getQualifiedName().toString()));
        return new AutoAppliedConverters(List.copyOf(converters));
    }

    /** The qualified names of the converters, sorted. */
    public List<String> names() {
        return converters.stream().map(converter -> converter.type().getQualifiedName().toString()).toList();
    }

    /** The converters that apply to a value of type {@code javaType}; more than one is an error of the mapping. */
    List<TypeElement> applicableTo(TypeMirror javaType, Types types) {
        return converters.stream()
                .filter(converter -> matches(converter.attributeType(), javaType, types))
                .map(Converter::type)
                .toList();
    }

    /** Hibernate's rule ({@code ConverterHelper.typesMatch}). */
    private static boolean matches(TypeMirror converted, TypeMirror checked, Types types) {
        TypeMirror type = checked.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) checked).asType() : checked;
        if (type.getKind() != TypeKind.DECLARED && type.getKind() != TypeKind.ARRAY
                || converted.getKind() != TypeKind.DECLARED && converted.getKind() != TypeKind.ARRAY
                || !types.isAssignable(types.erasure(type), types.erasure(converted))) {
            return false;
        }
        if (!(converted instanceof DeclaredType convertedDeclared) || convertedDeclared.getTypeArguments().isEmpty()) {
            return true;
        }
        if (!(type instanceof DeclaredType declared)
                || declared.getTypeArguments().size() != convertedDeclared.getTypeArguments().size()) {
            return false;
        }
        for (int i = 0; i < declared.getTypeArguments().size(); i++) {
            if (!matches(convertedDeclared.getTypeArguments().get(i), declared.getTypeArguments().get(i), types)) {
                return false;
            }
        }
        return true;
    }
}
