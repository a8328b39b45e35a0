package dev.retort.processor.entity;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/** How messages name elements: {@code Fee}, {@code Fee.amount}, {@code Fee.getId()}. */
final class ElementNames {

    private ElementNames() {}

    static String of(Element element) {
        if (element.getKind().isClass() || element.getKind().isInterface()) {
            return element.getSimpleName().toString();
        }
        String member = element.getSimpleName() + (element.getKind() == ElementKind.METHOD ? "()" : "");
        return of(element.getEnclosingElement()) + "." + member;
    }
}
