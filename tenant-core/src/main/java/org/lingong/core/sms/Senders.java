package org.lingong.core.sms;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The senders this replica has: one per provider whose credentials are configured, and the dev one in dev. */
@Component
class Senders {

    private final Map<SmsProvider, SmsSender> byProvider = new EnumMap<>(SmsProvider.class);

    Senders(List<SmsSender> senders) {
        senders.forEach(sender -> byProvider.put(sender.provider(), sender));
    }

    Map<SmsProvider, SmsSender> byProvider() {
        return Map.copyOf(byProvider);
    }
}
