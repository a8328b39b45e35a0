package dev.retort.oracle.sets.telemetry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "readings", indexes = @Index(name = "ix_readings_device_time", columnList = "device_id, measuredAt"))
public class Reading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "device_id")
    private Device device;

    /** The device's clock, with its offset. */
    @Column(nullable = false)
    private OffsetDateTime measuredAt;

    /** The gateway's local time. */
    private LocalDateTime receivedLocal;

    @Column(nullable = false)
    private UUID batch;

    private double value;

    private Double previousValue;

    @Column(precision = 9, scale = 4)
    private BigDecimal calibratedValue;

    @Enumerated
    @Column(nullable = false)
    private Quality quality;

    private short sequenceNumber;

    private int signalStrength;

    private long uptimeSeconds;

    private Boolean batteryLow;

    protected Reading() {}

    public Reading(Device device, OffsetDateTime measuredAt, UUID batch, double value) {
        this.device = device;
        this.measuredAt = measuredAt;
        this.batch = batch;
        this.value = value;
        this.quality = Quality.GOOD;
    }
}
