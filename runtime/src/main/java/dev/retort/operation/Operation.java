package dev.retort.operation;

import dev.retort.schema.Schema;

/**
 * One change to a schema. Operations are plain values: each knows its {@link #reverse()}, how it changes the schema
 * model ({@link #applyTo}), and how to describe itself to a person. Dialects turn them into SQL.
 */
public sealed interface Operation
        permits CreateTable, DropTable, RenameTable, SetTableComment, AlterPrimaryKey, AddColumn, DropColumn, AlterColumn,
                RenameColumn,
                CreateIndex, DropIndex, AddUniqueConstraint, DropUniqueConstraint, AddForeignKey, DropForeignKey,
                AddCheckConstraint, DropCheckConstraint, CreateSequence, DropSequence, AlterSequence, ExecuteSql,
                FillNulls, BulkInsert, DeleteRows, BatchedUpdate, RunJava, Irreversible {

    /**
     * The operation that undoes this one. A change that cannot be undone answers an {@link Irreversible}, which makes
     * a downgrade that reaches it fail before anything runs.
     */
    Operation reverse();

    /**
     * The schema after this operation.
     *
     * @throws InvalidOperationException when the operation does not fit {@code schema} (an unknown table, a column
     *     that already exists, ...)
     */
    Schema applyTo(Schema schema);

    /** A short lower-case description, e.g. {@code create table fees}. */
    String describe();
}
