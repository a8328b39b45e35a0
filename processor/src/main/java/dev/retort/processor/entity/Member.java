package dev.retort.processor.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * A persistent attribute of an entity, mapped superclass or embeddable: a field (field access) or a getter (property
 * access), with the attribute's name and Java type. Errors about the attribute point at {@link #element()}.
 */
record Member(Element element, String name, TypeMirror type) {

    /** How JPA reads a class's state: from its fields, or from its getters. */
    enum Access {
        FIELD,
        PROPERTY
    }

    /**
     * The persistent members {@code type} declares itself, in declaration order: its non-static, non-transient fields
     * without {@code @Transient} (or Hibernate's {@code @Formula}, computed by a query), or such getters. A member
     * annotated {@code @Access(PROPERTY)} or {@code @Access(FIELD)} follows its own annotation. Record components are
     * always read as fields.
     */
    static List<Member> declaredBy(TypeElement type, Access access, Elements elements) {
        Access own = explicitAccess(type, elements).orElse(type.getKind() == ElementKind.RECORD ? Access.FIELD : access);
        List<Member> members = new ArrayList<>();
        for (Element enclosed : type.getEnclosedElements()) {
            if (enclosed instanceof VariableElement field && enclosed.getKind() == ElementKind.FIELD) {
                boolean chosen = explicitAccess(field, elements).map(a -> a == Access.FIELD).orElse(own == Access.FIELD);
                if (chosen && isPersistentField(field, elements)) {
                    members.add(new Member(field, field.getSimpleName().toString(), field.asType()));
                }
            } else if (enclosed instanceof ExecutableElement method && enclosed.getKind() == ElementKind.METHOD) {
                boolean chosen = explicitAccess(method, elements).map(a -> a == Access.PROPERTY)
                        .orElse(own == Access.PROPERTY);
                Optional<String> property = propertyName(method);
                if (chosen && property.isPresent() && isPersistentGetter(method, elements)) {
                    members.add(new Member(method, property.get(), method.getReturnType()));
                }
            }
        }
        return members;
    }

    /** {@code @Access} on a class, field or getter. */
    static Optional<Access> explicitAccess(Element element, Elements elements) {
        return MirroredAnnotation.find(element, Jpa.ACCESS, elements)
                .map(a -> Access.valueOf(a.enumConstant("value")));
    }

    /** Whether {@code member}, a field or getter, is annotated {@code annotation}. */
    static boolean annotated(Element member, String annotation, Elements elements) {
        return MirroredAnnotation.find(member, annotation, elements).isPresent();
    }

    /** {@code getName()} and {@code isActive()} (a boolean) are getters of {@code name} and {@code active}. */
    static Optional<String> propertyName(ExecutableElement method) {
        if (!method.getParameters().isEmpty() || method.getModifiers().contains(Modifier.STATIC)) {
            return Optional.empty();
        }
        String name = method.getSimpleName().toString();
        TypeKind returned = method.getReturnType().getKind();
        if (name.startsWith("get") && name.length() > 3 && returned != TypeKind.VOID) {
            return Optional.of(decapitalize(name.substring(3)));
        }
        if (name.startsWith("is") && name.length() > 2 && returned == TypeKind.BOOLEAN) {
            return Optional.of(decapitalize(name.substring(2)));
        }
        return Optional.empty();
    }

    /** As JavaBeans: {@code Name} → {@code name}, but {@code URL} stays {@code URL}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isPersistentField(VariableElement field, Elements elements) {
        return !field.getModifiers().contains(Modifier.STATIC)
                && !field.getModifiers().contains(Modifier.TRANSIENT)
                && !annotated(field, Jpa.TRANSIENT, elements)
                && !annotated(field, Jpa.FORMULA, elements);
    }

    private static boolean isPersistentGetter(ExecutableElement getter, Elements elements) {
        return !annotated(getter, Jpa.TRANSIENT, elements) && !annotated(getter, Jpa.FORMULA, elements);
    }

    /** The members' fields and getters, for looking up annotations such as {@code @Id} in a hierarchy. */
    static List<Element> fieldsAndGetters(TypeElement type) {
        List<Element> found = new ArrayList<>(ElementFilter.fieldsIn(type.getEnclosedElements()));
        ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(method -> propertyName(method).isPresent())
                .forEach(found::add);
        return found;
    }
}
