package dev.retort.processor.entity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The two sides of an {@code AttributeConverter<X, Y>}: the attribute's type {@code X}, the database's {@code Y}. */
final class Converters {

    private static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";

    private Converters() {}

    /** The database-side type of {@code converter}; empty when it is no {@code AttributeConverter} with known types. */
    static Optional<TypeMirror> databaseType(TypeMirror converter, Elements elements, Types types) {
        return typeArguments(converter, elements, types)
                .<TypeMirror>map(arguments -> arguments.get(1))
                .filter(type -> type.getKind() == TypeKind.DECLARED);
    }

    /** The attribute-side type of {@code converter}: a class, interface or array type; empty when not known. */
    static Optional<TypeMirror> attributeType(TypeMirror converter, Elements elements, Types types) {
        return typeArguments(converter, elements, types)
                .<TypeMirror>map(arguments -> arguments.get(0))
                .filter(type -> type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.ARRAY);
    }

    /** {@code X} and {@code Y} as {@code converter} binds them, searching its supertypes. */
    private static Optional<List<? extends TypeMirror>> typeArguments(TypeMirror converter, Elements elements,
            Types types) {
        TypeElement attributeConverter = elements.getTypeElement(ATTRIBUTE_CONVERTER);
        if (attributeConverter == null || converter.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        Deque<TypeMirror> pending = new ArrayDeque<>(List.of(converter));
        while (!pending.isEmpty()) {
            TypeMirror type = pending.pop();
            if (type instanceof DeclaredType declared && declared.asElement().equals(attributeConverter)) {
                List<? extends TypeMirror> arguments = declared.getTypeArguments();
                return arguments.size() == 2 ? Optional.of(arguments) : Optional.empty();
            }
            pending.addAll(types.directSupertypes(type));
        }
        return Optional.empty();
    }
}
