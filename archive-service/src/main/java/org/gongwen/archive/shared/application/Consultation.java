package org.gongwen.archive.shared.application;

/** The answer to a read of the archive: the value, a refusal of the reader's role, or nothing to show. */
public sealed interface Consultation<T> permits Consultation.Answer, Consultation.Denied, Consultation.Unknown {

    record Answer<T>(T value) implements Consultation<T> {
    }

    record Denied<T>() implements Consultation<T> {
    }

    /** Unknown or above the reader's clearance: the two must look the same from outside. */
    record Unknown<T>() implements Consultation<T> {
    }
}
