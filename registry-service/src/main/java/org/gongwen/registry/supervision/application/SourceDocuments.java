package org.gongwen.registry.supervision.application;

import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.Classification;

/**
 * The documents a 交办事项 may be written on, as the registry knows them (port): its 收文 and the issued documents it
 * distributed ({@code document.issued}), with their 密级. Empty: the registry has never seen the document.
 */
public interface SourceDocuments {

    Optional<Classification> classificationOf(UUID documentId);
}
