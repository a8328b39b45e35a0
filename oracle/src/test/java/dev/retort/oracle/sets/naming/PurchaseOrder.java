package dev.retort.oracle.sets.naming;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** No table name: {@code PurchaseOrder} becomes {@code purchase_order}. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_purchase_order_ref", columnNames = {"customerAccount_accountId",
    "externalReference"}))
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orderNumbers")
    @SequenceGenerator(name = "orderNumbers", sequenceName = "orderNumberSeq", allocationSize = 25)
    private Long orderNumber;

    /** Implicit join column {@code customerAccount_accountId}: {@code customer_account_account_id}. */
    @ManyToOne(optional = false)
    private CustomerAccount customerAccount;

    @Column(length = 40)
    private String externalReference;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private OrderState orderState;

    private Instant submittedAt;

    @Column(precision = 12, scale = 2)
    private BigDecimal totalAmount;

    @Embedded
    private DeliveryAddress deliveryAddress;

    @Embedded
    @AttributeOverride(name = "streetLine1", column = @Column(name = "billingStreet", length = 100))
    @AttributeOverride(name = "streetLine2", column = @Column(name = "billingStreet2", length = 100))
    @AttributeOverride(name = "cityName", column = @Column(name = "billingCity", length = 60))
    @AttributeOverride(name = "postCode", column = @Column(name = "billingPostCode", length = 12))
    private DeliveryAddress billingAddress;

    protected PurchaseOrder() {}

    public PurchaseOrder(CustomerAccount customerAccount) {
        this.customerAccount = customerAccount;
        this.orderState = OrderState.OPEN;
    }
}
