package org.coplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class CoplanApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoplanApplication.class, args);
    }
}
