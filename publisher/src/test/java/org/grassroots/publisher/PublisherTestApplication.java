package org.grassroots.publisher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "org.grassroots")
class PublisherTestApplication {

}
