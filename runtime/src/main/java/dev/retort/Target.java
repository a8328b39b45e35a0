package dev.retort;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target as written by a user, parsed against the history. The forms are Alembic's: {@code head}, {@code heads},
 * {@code base}, {@code +N}, {@code -N}, a revision ({@code <id>}, a unique id prefix, a branch label, {@code label@head},
 * {@code label@<id prefix>}), a revision moved along its branch ({@code <revision>+N}, {@code <revision>-N}, e.g.
 * {@code head-1}), and a labelled branch's {@code label@base}, {@code label@+N}, {@code label@-N}.
 */
sealed interface Target {

    /** The single head of the history. */
    record Head() implements Target {}

    /** Every head. */
    record Heads() implements Target {}

    /** Before the first revision of the history, or of the labelled branch when {@code label} is not null. */
    record Base(String label) implements Target {}

    /** N revisions not applied yet, of the whole history or of a labelled branch. */
    record Forward(String label, int count) implements Target {}

    /** N applied revisions, of the whole history or of a labelled branch. */
    record Back(String label, int count) implements Target {}

    /** One revision. */
    record At(LoadedRevision revision) implements Target {}

    Pattern LABELLED = Pattern.compile("([0-9A-Za-z_]+)@(.*)");
    Pattern MOVED = Pattern.compile("(.+?)([+-])([^+-]*)");

    static Target parse(String text, RevisionGraph graph) {
        if (text.isBlank()) {
            throw new RetortException("the target is empty; use head, heads, base, +N, -N or a revision");
        }
        switch (text) {
            case "head":
                return new Head();
            case "heads":
                return new Heads();
            case "base":
                return new Base(null);
            default:
                break;
        }
        if (text.startsWith("+")) {
            return new Forward(null, count(text, text));
        }
        if (text.startsWith("-")) {
            return new Back(null, count(text, text));
        }
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.matches()) {
            String label = labelled.group(1);
            String rest = labelled.group(2);
            if (rest.equals("base")) {
                graph.labels().members(label);
                return new Base(label);
            }
            if (rest.startsWith("+")) {
                graph.labels().members(label);
                return new Forward(label, count(rest, text));
            }
            if (rest.startsWith("-")) {
                graph.labels().members(label);
                return new Back(label, count(rest, text));
            }
        }
        Matcher moved = MOVED.matcher(text);
        if (moved.matches()) {
            LoadedRevision from = revision(moved.group(1), graph);
            int steps = count(moved.group(2) + moved.group(3), text);
            return new At(moved.group(2).equals("+") ? forward(from, steps, graph) : back(from, steps, graph));
        }
        return new At(revision(text, graph));
    }

    /**
     * One revision: {@code head} (the single head), {@code label@head}, {@code label@<id prefix>}, or an id, branch
     * label or id prefix.
     */
    static LoadedRevision revision(String reference, RevisionGraph graph) {
        if (reference.equals("head")) {
            return singleHead(graph, "head");
        }
        Matcher labelled = LABELLED.matcher(reference);
        if (labelled.matches()) {
            String label = labelled.group(1);
            String rest = labelled.group(2);
            return rest.equals("head")
                    ? graph.labels().head(label)
                    : RevisionGraph.resolvePrefix(rest, graph.labels().members(label), " of branch " + label);
        }
        if (reference.equals("heads") || reference.equals("base")) {
            throw new RetortException("'" + reference + "' names no single revision here");
        }
        return graph.resolve(reference);
    }

    static LoadedRevision singleHead(RevisionGraph graph, String wanted) {
        List<LoadedRevision> heads = graph.heads();
        if (heads.size() > 1) {
            throw new RetortException("cannot use " + wanted + ": the history has " + heads.size() + " heads, "
                    + RevisionGraph.describe(heads) + "; use heads, a branch label or one of them by id");
        }
        if (heads.isEmpty()) {
            throw new RetortException("cannot use " + wanted + ": there are no revisions");
        }
        return heads.get(0);
    }

    /** The N of {@code +N} or {@code -N}. */
    private static int count(String signed, String target) {
        String digits = signed.substring(1);
        if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) == 0) {
            throw new RetortException("'" + target + "' is not a target: " + signed.charAt(0)
                    + "N needs a whole number N of at least 1");
        }
        return Integer.parseInt(digits);
    }

    private static LoadedRevision forward(LoadedRevision from, int steps, RevisionGraph graph) {
        LoadedRevision current = from;
        for (int step = 1; step <= steps; step++) {
            List<String> children = graph.children(current.id());
            if (children.isEmpty()) {
                throw new RetortException("cannot go " + steps + " revision(s) after " + from.describe() + ": "
                        + current.describe() + " is a head");
            }
            if (children.size() > 1) {
                throw new RetortException("cannot go " + steps + " revision(s) after " + from.describe() + ": "
                        + current.describe() + " is a branch point, followed by " + String.join(", ", children)
                        + "; name one of them");
            }
            current = graph.get(children.get(0));
        }
        return current;
    }

    private static LoadedRevision back(LoadedRevision from, int steps, RevisionGraph graph) {
        LoadedRevision current = from;
        for (int step = 1; step <= steps; step++) {
            List<String> parents = current.parents();
            if (parents.isEmpty()) {
                throw new RetortException("cannot go " + steps + " revision(s) before " + from.describe() + ": "
                        + current.describe() + " is a first revision; use base");
            }
            if (parents.size() > 1) {
                throw new RetortException("cannot go " + steps + " revision(s) before " + from.describe() + ": "
                        + current.describe() + " merges " + String.join(", ", parents) + "; name one of them");
            }
            current = graph.get(parents.get(0));
        }
        return current;
    }
}
