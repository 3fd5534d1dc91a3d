package org.gongwen.archive.export.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * metadata.xml ({@link org.gongwen.archive.export.domain.ArchivalMetadataXml}) against the project's DA/T 48-style schema
 * ({@value #RESOURCE}; why it is "style" and not the standard's XSD: the schema's own comment and reference.md §3.3).
 * JDK only (javax.xml.validation); no DTD and no external schema or entity is ever fetched.
 */
public final class ArchivalMetadataSchema {

    public static final String RESOURCE = "/schema/archival-metadata-da-t-48-style.xsd";

    /** Enough to say what is wrong without flooding a report. */
    private static final int MAX_VIOLATIONS = 5;

    private static final Schema SCHEMA = load();

    private ArchivalMetadataSchema() {
    }

    /** The schema's complaints about {@code xml} (line: message), at most a few; empty when it is valid. */
    public static List<String> violations(byte[] xml) {
        List<String> violations = new ArrayList<>();
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make the document invalid
                }

                @Override
                public void error(SAXParseException e) {
                    if (violations.size() < MAX_VIOLATIONS) {
                        violations.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    error(e);
                    throw e;
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            if (violations.isEmpty()) {
                violations.add(e.getMessage());
            }
        }
        return violations;
    }

    private static Schema load() {
        URL xsd = ArchivalMetadataSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("schema missing from the classpath: " + RESOURCE);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("invalid schema " + RESOURCE, e);
        }
    }
}
