package dev.retort.oracle.sets.telemetry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A device, keyed by the UUID burnt into it at the factory (assigned, not generated). */
@Entity
@Table(name = "devices")
public class Device {

    @Id
    private UUID id;

    @Column(nullable = false, length = 64)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeviceKind kind;

    @Column(length = 32)
    private String firmwareVersion;

    private LocalDate installedOn;

    @Column(nullable = false)
    private Instant registeredAt;

    private Instant lastSeenAt;

    /** The device's public key (DER). */
    private byte[] publicKey;

    private boolean active;

    /** When the device sends its daily report, local time. */
    private LocalTime dailyReportAt;

    private float batteryVoltage;

    private Short channel;

    private byte signalBars;

    private BigInteger serialNumber;

    private OffsetDateTime calibratedAt;

    protected Device() {}

    public Device(UUID id, String label, DeviceKind kind, Instant registeredAt) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.registeredAt = registeredAt;
        this.active = true;
    }
}
