// farsight-demo-dashboard: a simulated Nezha v0 dashboard on 127.0.0.1 (full entry point lands with app/demo/).

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
