package dev.retort.processor.revision;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** The type whose source file holds a revision: the revision itself, or the type it is nested in. */
public final class TopLevelType {

    private TopLevelType() {}

    public static TypeElement of(TypeElement type) {
        Element element = type;
        while (element.getEnclosingElement() != null && element.getEnclosingElement().getKind() != ElementKind.PACKAGE
                && element.getEnclosingElement().getKind() != ElementKind.MODULE) {
            element = element.getEnclosingElement();
        }
        return (TypeElement) element;
    }
}
