package dev.retort.oracle.sets.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "orders")
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    private Instant placedAt;

    @Embedded
    private Address deliveryAddress;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency", length = 3))
    private Money total;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderLine> lines = new ArrayList<>();

    /** Notes in the order they were written: embeddables in a list, with a nested embeddable renamed by its path. */
    @ElementCollection
    @CollectionTable(name = "order_notes", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "note_index")
    @AttributeOverride(name = "author.email", column = @Column(name = "author_email", length = 320))
    private List<OrderNote> notes = new ArrayList<>();

    protected PurchaseOrder() {}

    public PurchaseOrder(Customer customer) {
        this.customer = customer;
        this.status = OrderStatus.CART;
    }

    public Long getId() {
        return id;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
