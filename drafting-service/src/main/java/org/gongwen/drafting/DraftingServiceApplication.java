package org.gongwen.drafting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DraftingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DraftingServiceApplication.class, args);
    }
}
