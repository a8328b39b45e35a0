package dev.retort.processor.merge;

import java.net.URI;

/**
 * The source of a revision class.
 *
 * @param where the file, as messages name it
 */
record RevisionText(String className, String where, String text) {

    /** The URI javac sees: the path must end with the class name, or javac refuses a public class in it. */
    URI uri() {
        return URI.create("string:///" + className.replace('.', '/') + ".java");
    }
}
