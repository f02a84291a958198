package org.grassroots.graph;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class GraphTestApplication {

}
