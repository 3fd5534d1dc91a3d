@NullMarked
package org.gongwen.registry.organisation.messaging;

import org.jspecify.annotations.NullMarked;
