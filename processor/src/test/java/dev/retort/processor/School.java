package dev.retort.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** The school domain of the golden tests, in three versions. */
final class School {

    static final JavaFileObject FEE_STATUS = JavaFileObjects.forSourceLines("com.example.school.FeeStatus",
            "package com.example.school;",
            "",
            "public enum FeeStatus { OPEN, PAID }");

    static final JavaFileObject STUDENT = JavaFileObjects.forSourceLines("com.example.school.Student",
            "package com.example.school;",
            "",
            "import jakarta.persistence.*;",
            "import java.time.LocalDate;",
            "import java.util.UUID;",
            "",
            "@Entity",
            "@Table(name = \"students\")",
            "public class Student {",
            "    @Id",
            "    @GeneratedValue(strategy = GenerationType.IDENTITY)",
            "    private Long id;",
            "",
            "    @Column(nullable = false, length = 100)",
            "    private String name;",
            "",
            "    @Column(unique = true)",
            "    private String email;",
            "",
            "    private LocalDate enrolledOn;",
            "",
            "    private UUID externalId;",
            "}");

    /** (a) the first version. */
    static final JavaFileObject FEE = fee(
            "@Table(name = \"fees\", indexes = @Index(name = \"ix_fees_status\", columnList = \"status\"))",
            "",
            "    @Column(nullable = false, precision = 10, scale = 2)",
            "    private BigDecimal amount;",
            "    private boolean waived;");

    /** (b) a column and an index added. */
    static final JavaFileObject FEE_WITH_DESCRIPTION = fee(
            "@Table(name = \"fees\", indexes = {",
            "        @Index(name = \"ix_fees_status\", columnList = \"status\"),",
            "        @Index(columnList = \"dueAt\")})",
            "",
            "    @Column(nullable = false, precision = 10, scale = 2)",
            "    private BigDecimal amount;",
            "    private boolean waived;",
            "    private String description;");

    /** (c) amount wider and description required; waived dropped. */
    static final JavaFileObject FEE_ALTERED = fee(
            "@Table(name = \"fees\", indexes = {",
            "        @Index(name = \"ix_fees_status\", columnList = \"status\"),",
            "        @Index(columnList = \"dueAt\")})",
            "",
            "    @Column(nullable = false, precision = 12, scale = 2)",
            "    private BigDecimal amount;",
            "    @Column(nullable = false, length = 500)",
            "    private String description;");

    private School() {}

    /** A Fee entity: its {@code @Table} line(s), then the fields after the common ones. */
    private static JavaFileObject fee(String... tableThenFields) {
        int blank = Arrays.asList(tableThenFields).indexOf("");
        String[] head = {
            "package com.example.school;",
            "",
            "import jakarta.persistence.*;",
            "import java.math.BigDecimal;",
            "import java.time.Instant;",
            "",
            "@Entity",
        };
        String[] common = {
            "public class Fee {",
            "    @Id",
            "    @GeneratedValue(strategy = GenerationType.IDENTITY)",
            "    private Long id;",
            "",
            "    @ManyToOne(optional = false)",
            "    private Student student;",
            "",
            "    @Enumerated(EnumType.STRING)",
            "    @Column(nullable = false, length = 20)",
            "    private FeeStatus status;",
            "",
            "    private Instant dueAt;",
            "",
        };
        List<String> lines = new ArrayList<>(List.of(head));
        lines.addAll(List.of(tableThenFields).subList(0, blank));
        lines.addAll(List.of(common));
        lines.addAll(List.of(tableThenFields).subList(blank + 1, tableThenFields.length));
        lines.add("}");
        return JavaFileObjects.forSourceLines("com.example.school.Fee", lines);
    }
}
