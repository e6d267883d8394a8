#include "domain/EventType.h"

#include <gtest/gtest.h>

using namespace baton;

TEST(EventTypeNames, FromUtf8_EveryStoredName_GivesItsType)
{
    for (EventType type : allEventTypes)
        EXPECT_EQ(eventTypeFromUtf8(eventTypeName(type).toStdString()), type)
            << eventTypeName(type).toStdString();
    EXPECT_EQ(eventTypeFromUtf8("PAGE_VIEW"), EventType::PageView); // other spellings, the slow way
    EXPECT_FALSE(eventTypeFromUtf8("page_viewed").has_value());
}
