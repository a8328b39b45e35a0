package dev.retort.oracle.sets.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class OrderLineItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long lineItemId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "purchaseOrderNumber")
    private PurchaseOrder purchaseOrder;

    @Column(nullable = false, length = 32)
    private String productSku;

    private int quantityOrdered;

    @Column(precision = 10, scale = 2)
    private BigDecimal unitPrice;

    protected OrderLineItem() {}

    public OrderLineItem(PurchaseOrder purchaseOrder, String productSku, int quantityOrdered) {
        this.purchaseOrder = purchaseOrder;
        this.productSku = productSku;
        this.quantityOrdered = quantityOrdered;
    }
}
