package dev.retort.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints {@link Message}s and counts the errors among them, so that every problem is reported before the processor
 * decides, right before writing, that nothing is written.
 */
public final class Reporter {

    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** A message about the compilation as a whole, not tied to an element. */
    public void report(Message message, Object... args) {
        count(message);
        messager.printMessage(message.kind(), message.format(args));
    }

    public void report(Element element, Message message, Object... args) {
        count(message);
        messager.printMessage(message.kind(), message.format(args), element);
    }

    /** A message pointing at an annotation on {@code element}, or at one of its attributes when {@code value} is set. */
    public void report(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
            Object... args) {
        count(message);
        messager.printMessage(message.kind(), message.format(args), element, annotation, value);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    private void count(Message message) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
    }
}
