<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ordo::Cli</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MainWindow</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, version %2 — %n open order(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, version %2 — %n open order</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, version %2 — %n open orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::WorkflowEditor</name>
    <message numerus="yes">
        <source>%n open order(s) are in “%1”, which is being removed: choose the step where they go.</source>
        <translation>
            <numerusform>%n open order is in “%1”, which is being removed: choose the step where it goes.</numerusform>
            <numerusform>%n open orders are in “%1”, which is being removed: choose the step where they go.</numerusform>
        </translation>
    </message>
</context>
</TS>
