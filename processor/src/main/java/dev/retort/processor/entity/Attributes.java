package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Reports what Retort cannot map about an annotation, each at its place: attributes it does not read, or a mapping
 * that makes no valid schema.
 */
final class Attributes {

    private Attributes() {}

    /** {@code [RT102 InvalidMapping]} on {@code element}, pointing at {@code annotation} when there is one. */
    static void invalid(Element element, MirroredAnnotation annotation, String problem, Reporter reporter) {
        if (annotation == null) {
            reporter.report(element, Message.INVALID_MAPPING, ElementNames.of(element), problem);
        } else {
            reporter.report(element, annotation.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(element),
                    problem);
        }
    }

    static void reject(Element element, MirroredAnnotation annotation, Set<String> allowed, Reporter reporter) {
        for (String attribute : annotation.attributesSetExcept(allowed)) {
            reporter.report(element, annotation.mirror(), annotation.written(attribute), Message.UNSUPPORTED_MAPPING,
                    annotation.displayName() + "(" + attribute + ") on " + ElementNames.of(element), "");
        }
    }
}
