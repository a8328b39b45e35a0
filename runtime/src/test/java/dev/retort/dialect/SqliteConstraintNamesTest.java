package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteConstraintNamesTest {

    @Test
    void findsTableConstraintsAndForeignKeysAddedWithTheirColumn() {
        SqliteConstraintNames names = SqliteConstraintNames.parse("CREATE TABLE \"order\" (\"id\" integer NOT NULL, "
                + "\"user_id\" bigint, \"code\" varchar(20), \"a\" integer, \"b\" integer, "
                + "\"referrer_id\" bigint CONSTRAINT \"fk_order_referrer_id\" REFERENCES \"user\" (\"id\"), "
                + "PRIMARY KEY (\"id\"), CONSTRAINT \"uk_order_a_b\" UNIQUE (\"a\", \"b\"), "
                + "CONSTRAINT \"fk_order_user_id\" FOREIGN KEY (\"user_id\") REFERENCES \"user\" (\"id\"))");
        assertEquals(Optional.of("uk_order_a_b"), names.uniqueConstraint(List.of("a", "b")));
        assertEquals(Optional.empty(), names.uniqueConstraint(List.of("b", "a")));
        assertEquals(Optional.of("fk_order_user_id"), names.foreignKey(List.of("user_id"), "user"));
        assertEquals(Optional.of("fk_order_referrer_id"), names.foreignKey(List.of("referrer_id"), "user"));
        assertEquals(Optional.empty(), names.foreignKey(List.of("user_id"), "account"));
    }

    @Test
    void readsOtherQuotingCaseAndComments() {
        SqliteConstraintNames names = SqliteConstraintNames.parse("create table t ( -- the fees\n"
                + "  [Id] integer, `Amount` numeric(10, 2) check (`Amount` > 0), /* the code, unique */ Code text,\n"
                + "  constraint [UK T] unique (Code, `Amount`),\n"
                + "  constraint \"fk \"\"quoted\"\"\" foreign key ([Id]) references Parent(Id))");
        assertEquals(Optional.of("UK T"), names.uniqueConstraint(List.of("code", "amount")));
        assertEquals(Optional.of("fk \"quoted\""), names.foreignKey(List.of("ID"), "parent"));
    }

    @Test
    void findsNamedChecksWithTheirExpressionAsWritten() {
        SqliteConstraintNames names = SqliteConstraintNames.parse("CREATE TABLE \"t6\" (\"id\" integer NOT NULL, "
                + "\"c1\" blob, \"c2\" varchar(9), PRIMARY KEY (\"id\"), "
                + "CONSTRAINT \"ck_t6_c1\" CHECK (\"c1\" IS NULL OR \"c1\" = \"c1\"), "
                + "CONSTRAINT \"ck_t6_c2\" CHECK (\"c2\" IN ('a', 'b''s', ')')))");
        assertEquals(Map.of("ck_t6_c1", "\"c1\" IS NULL OR \"c1\" = \"c1\"", "ck_t6_c2", "\"c2\" IN ('a', 'b''s', ')')"),
                names.checks());
    }

    @Test
    void findsNoNameForUnnamedConstraints() {
        SqliteConstraintNames names = SqliteConstraintNames.parse(
                "CREATE TABLE t (id integer PRIMARY KEY, code text UNIQUE, p integer REFERENCES p (id), "
                        + "UNIQUE (id, code), FOREIGN KEY (code) REFERENCES q (code))");
        assertEquals(Optional.empty(), names.uniqueConstraint(List.of("code")));
        assertEquals(Optional.empty(), names.uniqueConstraint(List.of("id", "code")));
        assertEquals(Optional.empty(), names.foreignKey(List.of("p"), "p"));
        assertEquals(Optional.empty(), names.foreignKey(List.of("code"), "q"));
    }
}
