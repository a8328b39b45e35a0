package dev.retort.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints {@link Message}s and counts the errors among them, so that every problem is reported before the processor
 * decides, right before writing, that nothing is written.
 *
 * <p>A message about a class outside this compilation (an entity read from the class path) has no source position to
 * point at; it names the class instead, see {@link #outsideCompilation}.
 */
public final class Reporter {

    private final Messager messager;
    private final Set<TypeElement> outside = new HashSet<>();
    private final Set<List<Object>> printed = new HashSet<>();
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /**
     * Messages about {@code type} or its members will be printed without an element, ending with the qualified name
     * of {@code type}: it comes from a class file, or at least not from a source file of this compilation.
     */
    public void outsideCompilation(TypeElement type) {
        outside.add(type);
    }

    /** A message about the compilation as a whole, not tied to an element. */
    public void report(Message message, Object... args) {
        count(message);
        messager.printMessage(message.kind(), message.format(args));
    }

    public void report(Element element, Message message, Object... args) {
        if (!firstTime(element, null, message.format(args))) {
            return;
        }
        count(message);
        TypeElement outsideType = outsideType(element);
        if (outsideType != null) {
            messager.printMessage(message.kind(), naming(message.format(args), outsideType));
        } else {
            messager.printMessage(message.kind(), message.format(args), element);
        }
    }

    /** A message pointing at an annotation on {@code element}, or at one of its attributes when {@code value} is set. */
    public void report(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
            Object... args) {
        if (!firstTime(element, annotation, message.format(args))) {
            return;
        }
        count(message);
        TypeElement outsideType = outsideType(element);
        if (outsideType != null) {
            messager.printMessage(message.kind(), naming(message.format(args), outsideType));
        } else {
            messager.printMessage(message.kind(), message.format(args), element, annotation, value);
        }
    }

    /**
     * Whether this message was not printed yet: a mapped superclass or embeddable shared by several entities is read
     * once for each, and its problems are worth one message each.
     */
    private boolean firstTime(Element element, AnnotationMirror annotation, String text) {
        return printed.add(List.of(element, annotation == null ? "" : annotation, text));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    private void count(Message message) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
    }

    /** The type outside the compilation that {@code element} is, or is a member of; null when there is none. */
    private TypeElement outsideType(Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type && outside.contains(type)) {
                return type;
            }
        }
        return null;
    }

    /** {@code text (in com.example.Fee, outside this compilation)}: the class, as there is no position to point at. */
    private static String naming(String text, TypeElement type) {
        return text + " (in " + type.getQualifiedName() + ", outside this compilation)";
    }
}
