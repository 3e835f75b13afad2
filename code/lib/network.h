/* The finite network and its training (chapter 04). API fixed; implementation in network.c. */
#ifndef NETWORK_H
#define NETWORK_H
#include <gsl/gsl_rng.h>

/* Inputs. The teacher direction is e_1 (the laws are isotropic, so this loses nothing):
   x_par = x[mu*d + 0]. */
enum input_law { INPUT_GAUSS, INPUT_SPHERE };   /* N(0, I_d), or uniform on the sphere of radius sqrt(d) */
typedef struct {
    long n, d;
    double *x;      /* n x d, row-major */
    double *y;      /* labels +-1 */
    double *norm;   /* |x^mu| / sqrt(d) */
} dataset;
/* beta_star = INFINITY: y = sign(x_par); else P(y | x) = e^{beta* y x_par} / (2 cosh(beta* x_par)).
   flip in [0, 1): then each label is flipped independently with this probability. */
dataset *dataset_draw(long n, long d, enum input_law law, double beta_star, double flip, gsl_rng *r);
void dataset_free(dataset *data);

/* f(x) = (alpha/M) sum_i a_i relu(w_i . x / sqrt(d)) */
typedef struct {
    long m, d;
    double alpha;
    double *a;      /* m */
    double *w;      /* m x d, row-major; w_par of node i = w[i*d] */
} network;
/* a_i ~ N(0,1), w_i ~ N(0, I_d); symmetric: node i + m/2 = -(node i) (m even). */
network *network_init(long m, long d, double alpha, int symmetric, gsl_rng *r);
network *network_copy(const network *net);
void network_free(network *net);
void network_output(const network *net, const dataset *data, double *f); /* exact f for every example */
long network_errors(const network *net, const dataset *data);            /* count of y f <= 0 */

/* Full-batch gradient descent on the linear hinge loss L = (1/N) sum max(0, h - y f),
   in mean-field time: theta <- theta - dt * M * grad L. */
typedef struct { double h, dt; int skip; /* skip = 1: exact skipping of surely satisfied examples */ } train_options;
typedef struct trainer trainer;
trainer *trainer_new(network *net, const dataset *train, train_options opt);
/* One step: evaluates the outputs at the current parameters (statistics below refer to them),
   records first satisfaction times, then updates the parameters. Returns the number of
   unsatisfied examples (y f < h) before the update. */
long trainer_step(trainer *tr);
long trainer_steps_done(const trainer *tr);
double trainer_loss(const trainer *tr);          /* (1/N) sum max(0, h - y f), before the last update */
long trainer_unsatisfied(const trainer *tr);     /* y f < h, before the last update */
long trainer_train_errors(const trainer *tr);    /* y f <= 0, before the last update */
const long *trainer_first_satisfied(const trainer *tr); /* per example: step index k (time k*dt), -1 never */
void trainer_free(trainer *tr);
#endif
