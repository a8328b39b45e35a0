package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The {@code @CheckConstraint}s of a {@code @Table(check = ...)} or {@code @Column(check = ...)}. Each needs a name:
 * a revision drops and changes a constraint by its name, so Retort does not make one up.
 */
final class Checks {

    private static final Set<String> CHECK_ATTRIBUTES = Set.of("name", "constraint");

    private Checks() {}

    static List<Attribute.NamedCheck> read(Element element, MirroredAnnotation holder, Elements elements,
            Reporter reporter) {
        List<Attribute.NamedCheck> checks = new ArrayList<>();
        for (MirroredAnnotation check : holder.annotations("check", elements)) {
            Attributes.reject(element, check, CHECK_ATTRIBUTES, reporter);
            String name = check.string("name");
            String expression = check.string("constraint");
            if (name.isBlank() || expression.isBlank()) {
                reporter.report(element, holder.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(element),
                        "@CheckConstraint needs a name and a constraint (revisions drop and change it by name)");
            } else {
                checks.add(new Attribute.NamedCheck(name, expression));
            }
        }
        return checks;
    }
}
