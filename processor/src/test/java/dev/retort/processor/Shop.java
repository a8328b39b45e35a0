package dev.retort.processor;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** The throwaway shop project of the end-to-end test, in two versions, and the schema each version describes. */
final class Shop {

    static final String MIGRATIONS = "com.shop.migrations";
    static final String CUSTOMER = "com.shop.customer.Customer";
    static final String ORDER = "com.shop.sales.Order";
    static final String SHIPMENT = "com.shop.shipping.Shipment";

    private Shop() {}

    /** Customers, and orders (table {@code order}) that refer to them. */
    static void writeFirstVersion(ThrowawayProject project) {
        writeCustomer(project);
        project.source("com.shop.sales.OrderStatus",
                "package com.shop.sales;",
                "",
                "public enum OrderStatus { NEW, PAID, SHIPPED }");
        writeOrder(project,
                "@Table(name = \"order\", indexes = @Index(name = \"ix_order_placed_at\", columnList = \"placedAt\"))");
    }

    /** Orders get an optional coupon code with an index; shipments of orders are new. */
    static void writeSecondVersion(ThrowawayProject project) {
        writeOrder(project,
                "@Table(name = \"order\", indexes = {",
                "        @Index(name = \"ix_order_placed_at\", columnList = \"placedAt\"),",
                "        @Index(columnList = \"couponCode\")})",
                "",
                "    @Column(length = 40)",
                "    private String couponCode;");
        writeShipment(project);
    }

    /** The Customer entity, with {@code extraFields} after the common ones. */
    static void writeCustomer(ThrowawayProject project, String... extraFields) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.shop.customer;",
                "",
                "import jakarta.persistence.*;",
                "import java.time.Instant;",
                "",
                "@Entity",
                "@Table(name = \"customers\")",
                "public class Customer {",
                "    @Id",
                "    @GeneratedValue(strategy = GenerationType.IDENTITY)",
                "    private Long id;",
                "",
                "    @Column(nullable = false, unique = true, length = 320)",
                "    private String email;",
                "",
                "    @Column(nullable = false, length = 100)",
                "    private String name;",
                "",
                "    private Instant createdAt;"));
        lines.addAll(List.of(extraFields));
        lines.add("}");
        project.source(CUSTOMER, lines.toArray(String[]::new));
    }

    /** The Shipment entity, with {@code extraFields} after the common ones. */
    static void writeShipment(ThrowawayProject project, String... extraFields) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.shop.shipping;",
                "",
                "import com.shop.sales.Order;",
                "import jakarta.persistence.*;",
                "import java.time.Instant;",
                "",
                "@Entity",
                "@Table(name = \"shipments\")",
                "public class Shipment {",
                "    @Id",
                "    @GeneratedValue(strategy = GenerationType.IDENTITY)",
                "    private Long id;",
                "",
                "    @ManyToOne(optional = false)",
                "    private Order order;",
                "",
                "    @Column(unique = true, length = 64)",
                "    private String trackingNumber;",
                "",
                "    private Instant shippedAt;"));
        lines.addAll(List.of(extraFields));
        lines.add("}");
        project.source(SHIPMENT, lines.toArray(String[]::new));
    }

    /** The Order entity: its {@code @Table} line(s), then (after an empty string) the fields after the common ones. */
    private static void writeOrder(ThrowawayProject project, String... tableThenFields) {
        List<String> parts = List.of(tableThenFields);
        int blank = parts.indexOf("");
        List<String> table = blank < 0 ? parts : parts.subList(0, blank);
        List<String> extraFields = blank < 0 ? List.of() : parts.subList(blank + 1, parts.size());
        List<String> lines = new ArrayList<>(List.of(
                "package com.shop.sales;",
                "",
                "import com.shop.customer.Customer;",
                "import jakarta.persistence.*;",
                "import java.math.BigDecimal;",
                "import java.time.Instant;",
                "",
                "@Entity"));
        lines.addAll(table);
        lines.addAll(List.of(
                "public class Order {",
                "    @Id",
                "    @GeneratedValue(strategy = GenerationType.IDENTITY)",
                "    private Long id;",
                "",
                "    @ManyToOne(optional = false)",
                "    private Customer customer;",
                "",
                "    @Column(nullable = false, precision = 12, scale = 2)",
                "    private BigDecimal total;",
                "",
                "    @Enumerated(EnumType.STRING)",
                "    @Column(nullable = false, length = 20)",
                "    private OrderStatus status;",
                "",
                "    @Column(nullable = false)",
                "    private Instant placedAt;"));
        lines.addAll(extraFields);
        lines.add("}");
        project.source(ORDER, lines.toArray(String[]::new));
    }

    /** What the first version describes, written out by hand. */
    static Schema firstSchema() {
        return new Schema(List.of(customers(), order(List.of(), List.of())));
    }

    /** What the second version describes, written out by hand (columns in any order). */
    static Schema secondSchema() {
        Table shipments = new Table("shipments",
                List.of(id(), required("order_id", BIGINT), optional("trackingNumber", VARCHAR(64)),
                        optional("shippedAt", TIMESTAMP_TZ)),
                List.of("id"),
                List.of(new UniqueConstraint("uk_shipments_trackingNumber", List.of("trackingNumber"))),
                List.of(new ForeignKey("fk_shipments_order_id", List.of("order_id"), "order", List.of("id"))),
                List.of());
        return new Schema(List.of(customers(),
                order(List.of(optional("couponCode", VARCHAR(40))),
                        List.of(new Index("ix_order_couponCode", List.of("couponCode"), false))),
                shipments));
    }

    private static Table customers() {
        return new Table("customers",
                List.of(id(), required("email", VARCHAR(320)), required("name", VARCHAR(100)),
                        optional("createdAt", TIMESTAMP_TZ)),
                List.of("id"),
                List.of(new UniqueConstraint("uk_customers_email", List.of("email"))),
                List.of(),
                List.of());
    }

    private static Table order(List<Column> extraColumns, List<Index> extraIndexes) {
        List<Column> columns = new ArrayList<>(List.of(id(), required("customer_id", BIGINT),
                required("total", NUMERIC(12, 2)), required("status", VARCHAR(20)),
                required("placedAt", TIMESTAMP_TZ)));
        columns.addAll(extraColumns);
        List<Index> indexes = new ArrayList<>(extraIndexes);
        indexes.add(new Index("ix_order_placed_at", List.of("placedAt"), false));
        return new Table("order", columns, List.of("id"), List.of(),
                List.of(new ForeignKey("fk_order_customer_id", List.of("customer_id"), "customers", List.of("id"))),
                indexes)
                .withChecks(List.of(new CheckConstraint("ck_order_status", "\"status\" IN ('NEW', 'PAID', 'SHIPPED')")));
    }

    private static Column id() {
        return new Column("id", BIGINT, false, true);
    }

    private static Column required(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    private static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }
}
