package dev.retort.oracle.sets.columns;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

    @Override
    public String convertToDatabaseColumn(PhoneNumber phone) {
        return phone == null ? null : phone.toString();
    }

    @Override
    public PhoneNumber convertToEntityAttribute(String text) {
        return text == null ? null : PhoneNumber.parse(text);
    }
}
