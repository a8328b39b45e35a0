package dev.retort.oracle.sets.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

@Entity
@Table(name = "loans", indexes = @Index(name = "ix_loans_due", columnList = "dueOn, status"))
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The reference printed on the receipt. */
    @Column(nullable = false, unique = true, length = 36)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "copy_id")
    private Copy copy;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(nullable = false)
    private LocalDateTime borrowedAt;

    @Column(nullable = false)
    private LocalDate dueOn;

    private LocalDateTime returnedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LoanStatus status;

    @Column(precision = 6, scale = 2)
    private BigDecimal lateFee;

    private double renewalScore;

    private int renewals;

    protected Loan() {}

    public Loan(Copy copy, Member member, LocalDateTime borrowedAt, LocalDate dueOn) {
        this.reference = UUID.randomUUID().toString();
        this.copy = copy;
        this.member = member;
        this.borrowedAt = borrowedAt;
        this.dueOn = dueOn;
        this.status = LoanStatus.OPEN;
    }

    public void markReturned(LocalDateTime when) {
        this.returnedAt = when;
        this.status = LoanStatus.RETURNED;
    }

    public LoanStatus getStatus() {
        return status;
    }
}
