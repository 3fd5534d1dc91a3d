@NullMarked
package org.gongwen.registry.organisation.persistence;

import org.jspecify.annotations.NullMarked;
