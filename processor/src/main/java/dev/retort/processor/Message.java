package dev.retort.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints. Each starts with a stable tag such as {@code [RT103 DuplicateTable]} that
 * users can search for and tests can match; the codes never change meaning.
 */
public enum Message {
    SNAPSHOT_UNREADABLE(1, "SnapshotUnreadable", Diagnostic.Kind.ERROR,
            "cannot read the snapshot %s: %s"),
    SNAPSHOT_INVALID(2, "SnapshotInvalid", Diagnostic.Kind.ERROR,
            "the snapshot %s is not valid: %s"),
    INVALID_OPTION(3, "InvalidOption", Diagnostic.Kind.ERROR,
            "-A%s=%s is not valid: %s"),
    SNAPSHOT_OUT_OF_STEP(4, "SnapshotOutOfStep", Diagnostic.Kind.ERROR,
            "the snapshot %s %s; update the snapshot to the schema of the head revision before generating a new one"),
    SOURCE_ROOT_UNKNOWN(5, "SourceRootUnknown", Diagnostic.Kind.ERROR,
            "cannot tell the source directory of %s (%s); set -Aretort.sourceRoot"),
    WRITE_FAILED(6, "WriteFailed", Diagnostic.Kind.ERROR,
            "cannot write %s: %s"),
    UNSUPPORTED_TYPE(100, "UnsupportedType", Diagnostic.Kind.ERROR,
            "%s has type %s, which Retort cannot map to a column yet"),
    UNSUPPORTED_MAPPING(101, "UnsupportedMapping", Diagnostic.Kind.ERROR,
            "%s is not supported yet%s"),
    INVALID_MAPPING(102, "InvalidMapping", Diagnostic.Kind.ERROR,
            "%s: %s"),
    DUPLICATE_TABLE(103, "DuplicateTable", Diagnostic.Kind.ERROR,
            "%s and %s are both mapped to table %s"),
    DUPLICATE_COLUMN(104, "DuplicateColumn", Diagnostic.Kind.ERROR,
            "%s is mapped to column %s of table %s, which %s is already mapped to"),
    MISSING_ID(105, "MissingId", Diagnostic.Kind.ERROR,
            "%s has no @Id field; every entity needs exactly one"),
    UNKNOWN_COLUMN(106, "UnknownColumn", Diagnostic.Kind.ERROR,
            "%s of %s names column %s, which table %s does not have"),
    INVALID_REFERENCE(107, "InvalidReference", Diagnostic.Kind.ERROR,
            "@ManyToOne on %s: %s"),
    SCHEMA_OUT_OF_DATE(200, "SchemaOutOfDate", Diagnostic.Kind.ERROR,
            "%s differs from the snapshot %s: %s; build without -Aretort.mode=check to generate the revision"),
    UNSUPPORTED_CHANGE(201, "UnsupportedChange", Diagnostic.Kind.ERROR,
            "%s: %s; write this revision by hand"),
    ORDINAL_ENUM_CHANGED(202, "OrdinalEnumChanged", Diagnostic.Kind.ERROR,
            "%s is an ORDINAL enum whose constants changed from %s to %s: the numbers stored in %s would change"
                    + " meaning; add new constants only at the end, or map it @Enumerated(STRING) and migrate the"
                    + " data by hand"),
    ENUM_STORAGE_CHANGED(203, "EnumStorageChanged", Diagnostic.Kind.ERROR,
            "%s changed from @Enumerated(%s) to @Enumerated(%s): the values stored in %s would not be read back;"
                    + " write the revision that converts them by hand"),
    MANUAL_WITH_CHANGES(204, "ManualRevisionWithChanges", Diagnostic.Kind.ERROR,
            "-Aretort.manual asks for an empty revision, but the entities differ from the snapshot %s: %s; build once"
                    + " without -Aretort.manual to generate that revision first"),
    INVALID_REVISION(300, "InvalidRevision", Diagnostic.Kind.ERROR,
            "@Revision of %s %s"),
    DUPLICATE_REVISION_ID(301, "DuplicateRevisionId", Diagnostic.Kind.ERROR,
            "revision id %s is declared by %s and by %s; give one of them a new id"),
    UNKNOWN_PARENT(302, "UnknownParent", Diagnostic.Kind.ERROR,
            "revision %s names parent %s, which no revision declares; %s"),
    REVISION_CYCLE(303, "RevisionCycle", Diagnostic.Kind.ERROR,
            "revision %s is part of a cycle: %s; a revision cannot follow itself, directly or through others"),
    SEVERAL_HEADS(304, "SeveralHeads", Diagnostic.Kind.ERROR,
            "the revisions have %d heads, %s: two branches of the history were merged; build without "
                    + "-Aretort.mode=check to generate the merge revision"),
    MERGE_SNAPSHOT_MISMATCH(305, "MergeSnapshotMismatch", Diagnostic.Kind.ERROR,
            "cannot merge heads %s: the snapshot %s is not the schema their revisions produce; to match them it "
                    + "needs: %s. The snapshot was probably merged by hand (a git conflict): resolve it again so that "
                    + "it holds the tables of both branches, then build again"),
    MERGE_REPLAY_FAILED(306, "MergeReplayFailed", Diagnostic.Kind.ERROR,
            "cannot merge heads %s: %s"),
    UNKNOWN_DEPENDENCY(307, "UnknownDependency", Diagnostic.Kind.ERROR,
            "revision %s depends on %s, which no revision declares; %s"),
    DUPLICATE_BRANCH_LABEL(308, "DuplicateBranchLabel", Diagnostic.Kind.ERROR,
            "branch label %s is declared by %s and by %s; a label names one branch: rename one of them"),
    BACKFILL_PLACEHOLDER(400, "BackfillPlaceholder", Diagnostic.Kind.WARNING,
            "%s is NOT NULL without a @Default: the revision gives the rows that %s already has %s, a placeholder;"
                    + " put the right value in its op.fillNulls(...), or give the field a @Default"),
    LIKELY_RENAME(401, "LikelyRename", Diagnostic.Kind.WARNING,
            "%s looks like %s renamed (%s); if it is, annotate it @RenamedFrom(\"%s\"), or the revision drops %s"
                    + " and its data"),
    REVISION_GENERATED(900, "RevisionGenerated", Diagnostic.Kind.NOTE,
            "wrote %s (%s); snapshot %s updated"),
    LINE_MERGED(901, "LineMerged", Diagnostic.Kind.NOTE,
            "wrote %s (%s) to join the heads of %s; the snapshot stays at revision %s, on its own line"),
    INTERNAL_ERROR(999, "InternalError", Diagnostic.Kind.ERROR,
            "the Retort processor failed: %s");

    private final int code;
    private final String tag;
    private final Diagnostic.Kind kind;
    private final String format;

    Message(int code, String tag, Diagnostic.Kind kind, String format) {
        this.code = code;
        this.tag = tag;
        this.kind = kind;
        this.format = format;
    }

    public Diagnostic.Kind kind() {
        return kind;
    }

    /** {@code RT103} */
    public String code() {
        return String.format("RT%03d", code);
    }

    /** The full text, e.g. {@code [RT105 MissingId] Fee has no @Id field; every entity needs exactly one}. */
    public String format(Object... args) {
        return "[" + code() + " " + tag + "] " + String.format(format, args);
    }
}
