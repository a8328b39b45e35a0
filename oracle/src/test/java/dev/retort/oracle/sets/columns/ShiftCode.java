package dev.retort.oracle.sets.columns;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ShiftCode implements AttributeConverter<Shift, String> {

    @Override
    public String convertToDatabaseColumn(Shift shift) {
        return shift == null ? null : shift.name().substring(0, 1);
    }

    @Override
    public Shift convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        for (Shift shift : Shift.values()) {
            if (shift.name().startsWith(code)) {
                return shift;
            }
        }
        throw new IllegalArgumentException("no shift " + code);
    }
}
