package org.gongwen.archive.rendering.files;

import org.gongwen.archive.rendering.application.Renderer;
import org.gongwen.archive.rendering.application.RenditionReader;
import org.gongwen.rendition.Renditions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The renderer and the readers. Fonts are found the way the rendition module's own tests find them
 * ({@code Fonts.system()}: the Debian packages .ci/run installs, or {@code GONGWEN_FONT_<FACE>}); they are parsed on the
 * first render, on the worker's thread, never at start-up.
 */
@Configuration(proxyBeanMethods = false)
class RenderingFilesConfiguration {

    @Bean(destroyMethod = "close")
    Renditions renditions() {
        return Renditions.withSystemFonts();
    }

    @Bean
    Renderer renderer(Renditions renditions, @Value("${gongwen.archive.fonds-name:江城市民政局}") String organ,
                      @Value("${gongwen.archive.rendition.printing-organ:江城市民政局办公室}") String printingOrgan) {
        return new GbT9704Renderer(renditions, organ, printingOrgan);
    }

    @Bean
    RenditionReader renditionReader() {
        return new LibraryRenditionReader();
    }
}
