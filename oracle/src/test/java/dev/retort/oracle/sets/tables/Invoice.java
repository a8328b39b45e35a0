package dev.retort.oracle.sets.tables;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "invoices", schema = "billing", comment = "Invoices sent to customers",
        indexes = {
            @Index(name = "ix_invoices_issued", columnList = "issued_on DESC, customer_id ASC"),
            @Index(name = "ux_invoices_number", columnList = "number", unique = true)
        },
        uniqueConstraints = @UniqueConstraint(name = "uq_invoices_customer_reference",
                columnNames = {"customer_id", "customer_reference"}),
        check = @CheckConstraint(name = "ck_invoices_due_after_issue", constraint = "due_on >= issued_on"))
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "customer_reference", length = 40)
    private String customerReference;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, precision = 12, scale = 2, comment = "Gross amount, tax included",
            check = @CheckConstraint(name = "ck_invoices_total", constraint = "total >= 0"))
    private BigDecimal total;

    @ManyToOne(optional = false)
    @JoinColumns({
        @JoinColumn(name = "period_year", referencedColumnName = "fiscal_year"),
        @JoinColumn(name = "period_month", referencedColumnName = "fiscal_month")
    })
    private FiscalPeriod period;

    /** One-to-one: the PDF rendition, a unique foreign key. */
    @OneToOne(cascade = CascadeType.ALL)
    @JoinColumn(name = "document_id", unique = true)
    private InvoiceDocument document;

    /** Unidirectional one-to-many: {@code invoice_lines.invoice_id}, ordered by {@code line_index}. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderColumn(name = "line_index")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {}

    public Invoice(String number, Customer customer, FiscalPeriod period, LocalDate issuedOn, LocalDate dueOn) {
        this.number = number;
        this.customer = customer;
        this.period = period;
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
        this.total = BigDecimal.ZERO;
    }

    public void add(InvoiceLine line) {
        lines.add(line);
        total = total.add(line.amount());
    }
}
