package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.util.Set;
import javax.lang.model.element.Element;

/** Reports the attributes of an annotation that Retort does not map, each at its place. */
final class Attributes {

    private Attributes() {}

    static void reject(Element element, MirroredAnnotation annotation, Set<String> allowed, Reporter reporter) {
        for (String attribute : annotation.attributesSetExcept(allowed)) {
            reporter.report(element, annotation.mirror(), annotation.written(attribute), Message.UNSUPPORTED_MAPPING,
                    annotation.displayName() + "(" + attribute + ") on " + ElementNames.of(element), "");
        }
    }
}
