package org.gongwen.archive.rendering.files;

import org.gongwen.archive.rendering.application.Renderer;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.events.DocumentIssued;
import org.gongwen.rendition.IssuedDocuments;
import org.gongwen.rendition.Rendition;
import org.gongwen.rendition.Renditions;

/**
 * The rendition module behind the {@link Renderer} port. The record is what {@code document.issued} carried, so it
 * is turned back into that event for {@link IssuedDocuments#of}; what the event does not say comes from the
 * configuration: the organ when the content names none (the 全宗's 立档单位) and the 印发机关.
 */
final class GbT9704Renderer implements Renderer {

    private final Renditions renditions;
    private final String organ;
    private final String printingOrgan;

    GbT9704Renderer(Renditions renditions, String organ, String printingOrgan) {
        this.renditions = renditions;
        this.organ = organ;
        this.printingOrgan = printingOrgan;
    }

    @Override
    public Rendered render(ArchiveRecord r) {
        DocumentIssued issued = new DocumentIssued(r.documentId(), r.revision(), r.documentNumber(), r.signer(),
                r.issuedAt(), r.documentDate(), r.contentHash(), r.content(), r.drafter(), r.trail(), null,
                r.minutesPeriod());
        Rendition rendition = renditions.render(IssuedDocuments.of(issued, organ, printingOrgan));
        return new Rendered(rendition.pdf(), rendition.ofd(), rendition.layout().pageCount());
    }

    @Override
    public void release() {
        renditions.releaseFonts();
    }
}
