package dev.retort.oracle.sets.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** Line n of an order: its key is the order's id and the line number. */
@Entity
@Table(name = "order_lines")
public class OrderLine {

    @EmbeddedId
    private OrderLineId id;

    @MapsId("orderId")
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private int quantity;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "unit_currency", length = 3))
    private Money unitPrice;

    protected OrderLine() {}

    public OrderLine(PurchaseOrder order, int lineNumber, Product product, int quantity) {
        this.id = new OrderLineId(order.getId(), lineNumber);
        this.order = order;
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = product.getListPrice();
    }
}
