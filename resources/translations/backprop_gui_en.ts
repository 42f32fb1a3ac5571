<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ControlsPanel</name>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/controls.py" line="572"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/controls.py" line="580"/>
        <source>%n neuron(s), for %1 classes</source>
        <translation>
            <numerusform>%n neuron, for %1 classes</numerusform>
            <numerusform>%n neurons, for %1 classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/controls.py" line="582"/>
        <source>%n neuron(s), one per value to predict</source>
        <translation>
            <numerusform>%n neuron, one per value to predict</numerusform>
            <numerusform>%n neurons, one per value to predict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="678"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="678"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="689"/>
        <source>Classification into %n class(es).</source>
        <translation>
            <numerusform>Classification into %n class.</numerusform>
            <numerusform>Classification into %n classes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="695"/>
        <source>%n row(s) with missing values left out.</source>
        <translation>
            <numerusform>%n row with missing values left out.</numerusform>
            <numerusform>%n rows with missing values left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="871"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="878"/>
        <source>{activation}, %n neuron(s)</source>
        <translation>
            <numerusform>{activation}, %n neuron</numerusform>
            <numerusform>{activation}, %n neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="894"/>
        <source>⋮ %n more</source>
        <translation>
            <numerusform>⋮ %n more</numerusform>
            <numerusform>⋮ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="952"/>
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neuron</numerusform>
            <numerusform>%n neurons</numerusform>
        </translation>
    </message>
</context>
</TS>
