package org.gongwen.registry.followup.messaging;

import java.util.Optional;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RegistryEscalated;
import org.gongwen.events.RegistryReminderDue;
import org.gongwen.registry.followup.domain.Notice;
import org.gongwen.registry.followup.domain.Notice.Escalated;
import org.gongwen.registry.followup.domain.OpenItem;
import org.gongwen.registry.shared.domain.RegistryEvent;

/** 催办 notices as they leave the service on gongwen.registry, keyed like the item's other events. */
public final class FollowUpMessages {

    /** The registry's documents have no review rounds (events README). */
    private static final int REVISION = 1;

    private FollowUpMessages() {
    }

    public static Optional<GongwenEvent> of(RegistryEvent event) {
        if (!(event instanceof Notice notice)) {
            return Optional.empty();
        }
        OpenItem item = notice.item();
        if (notice instanceof Escalated e) {
            return Optional.of(new RegistryEscalated(item.documentId().toString(), REVISION, item.kind().name(),
                    item.itemId().toString(), item.holderUnit(), item.title(), e.dueAt(), e.escalatedTo(),
                    e.escalatedToUnit(), e.at()));
        }
        return Optional.of(new RegistryReminderDue(item.documentId().toString(), REVISION, item.kind().name(),
                item.itemId().toString(), notice.kind().name(), item.holderUnit(), item.title(), notice.dueAt(),
                notice.at()));
    }
}
